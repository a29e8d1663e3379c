const jsforce = require('jsforce');
(async () => {
  const base = process.env.EMULATOR_URL || 'http://127.0.0.1:8443';
  const oauth2 = new jsforce.OAuth2({ loginUrl: base, clientId: 'crmsync-emulator-client', clientSecret: 'crmsync-emulator-secret', redirectUri: 'http://localhost:8080/oauth/callback' });
  const res = await fetch(base + '/services/oauth2/token', { method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
    body: 'grant_type=password&client_id=crmsync-emulator-client&client_secret=crmsync-emulator-secret&username=integration@crmsync.dev&password=password' });
  const tok = await res.json();
  const conn = new jsforce.Connection({ oauth2, instanceUrl: tok.instance_url, accessToken: tok.access_token, version: '60.0' });
  const q = await conn.query('SELECT Id, Name, Company FROM Lead');
  console.log('query', q.totalSize, q.records.map(r => r.Company));
  const c = await conn.sobject('Task').create({ Subject: 'InMail', WhoId: q.records[0].Id, Status: 'Completed' });
  console.log('create', c);
  const many = await conn.sobject('Task').create([{ Subject: 'A' }, { Subject: 'B' }]);
  console.log('create many', many.map(m => m.success));
  const u = await conn.sobject('Lead').update({ Id: q.records[0].Id, Title: 'VP' });
  console.log('update', u);
  const r = await conn.sobject('Lead').retrieve([q.records[0].Id, q.records[1].Id]);
  console.log('retrieve', r.map(x => x && x.Title));
  conn.bulk2.pollInterval = 200;
  const rows = await conn.bulk2.query('SELECT Id, Company FROM Lead', { scanAll: true });
  const recs = [];
  await new Promise((ok, ko) => rows.on('record', x => recs.push(x)).on('end', ok).on('error', ko));
  console.log('bulk2', recs.length, recs.map(x => x.Company));
  console.log('limits', conn.limitInfo);
  const idr = await fetch(tok.id, { headers: { Authorization: 'Bearer ' + tok.access_token } });
  console.log('identity', (await idr.json()).username);
  const url = oauth2.getAuthorizationUrl({ state: 'x' });
  console.log('authorize page', (await fetch(url)).status);
  await oauth2.revokeToken(tok.access_token);
  try { await conn.query('SELECT Id FROM Lead'); } catch (e) { console.log('after revoke', e.name || e.errorCode, e.message); }
})().catch(e => { console.error('FAILED', e); process.exit(1); });
