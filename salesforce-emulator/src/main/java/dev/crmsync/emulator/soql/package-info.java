/** The SOQL subset: parser, binding to an org's schema, and execution with visibility. */
package dev.crmsync.emulator.soql;
