// Plays Salesforce: posts the Canvas signed request into the widget's frame once the page is ready.
document.getElementById("canvas-post").submit();
