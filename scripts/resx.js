#!/usr/bin/env node
'use strict';
/**
 * Reads and edits MailboxHealth/strings/MailboxHealth.1033.resx, the control's one string table (the view, the
 * manifest and the command-line tool all take their words from it).
 *
 *   node scripts/resx.js list                       keys, one a line
 *   node scripts/resx.js get <key>
 *   node scripts/resx.js set <key> <value> [comment] add or replace one entry
 *   node scripts/resx.js set-json <file.json>       add or replace many: { "key": "value" | ["value", "comment"] }
 *   node scripts/resx.js remove <key>
 *
 * Edits take a directory lock so that parallel edits never lose each other's changes.
 */
const fs = require('fs');
const path = require('path');

const RESX = path.join(__dirname, '..', 'MailboxHealth', 'strings', 'MailboxHealth.1033.resx');
const LOCK = path.join(require('os').tmpdir(), 'mailboxhealth-resx.lock');

const { escapeXml, parseResxEntries: parseResx } = require('./lib/resx');

const HEADER = `<?xml version="1.0" encoding="utf-8"?>
<root>
  <xsd:schema id="root" xmlns="" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:msdata="urn:schemas-microsoft-com:xml-msdata">
    <xsd:import namespace="http://www.w3.org/XML/1998/namespace" />
    <xsd:element name="root" msdata:IsDataSet="true">
      <xsd:complexType>
        <xsd:choice maxOccurs="unbounded">
          <xsd:element name="data">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="value" type="xsd:string" minOccurs="0" msdata:Ordinal="1" />
                <xsd:element name="comment" type="xsd:string" minOccurs="0" msdata:Ordinal="2" />
              </xsd:sequence>
              <xsd:attribute name="name" type="xsd:string" use="required" msdata:Ordinal="1" />
              <xsd:attribute name="type" type="xsd:string" msdata:Ordinal="3" />
              <xsd:attribute name="mimetype" type="xsd:string" msdata:Ordinal="4" />
              <xsd:attribute ref="xml:space" />
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="resheader">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="value" type="xsd:string" minOccurs="0" msdata:Ordinal="1" />
              </xsd:sequence>
              <xsd:attribute name="name" type="xsd:string" use="required" />
            </xsd:complexType>
          </xsd:element>
        </xsd:choice>
      </xsd:complexType>
    </xsd:element>
  </xsd:schema>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
`;

function serialize(entries) {
    const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let out = HEADER;
    for (const k of keys) {
        const e = entries.get(k);
        out += `  <data name="${escapeXml(k)}" xml:space="preserve">\n    <value>${escapeXml(e.value)}</value>\n`;
        if (e.comment) out += `    <comment>${escapeXml(e.comment)}</comment>\n`;
        out += '  </data>\n';
    }
    return out + '</root>\n';
}

function withLock(fn) {
    const deadline = Date.now() + 30000;
    for (;;) {
        try {
            fs.mkdirSync(LOCK);
            break;
        } catch (e) {
            if (e.code !== 'EEXIST') throw e;
            if (Date.now() > deadline) throw new Error(`resx lock ${LOCK} held for 30 s; remove it if no edit is running`);
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        }
    }
    try {
        return fn();
    } finally {
        fs.rmdirSync(LOCK);
    }
}

function load() {
    return fs.existsSync(RESX) ? parseResx(fs.readFileSync(RESX, 'utf8')) : new Map();
}
function save(entries) {
    const tmp = RESX + '.tmp' + process.pid;
    fs.writeFileSync(tmp, serialize(entries));
    fs.renameSync(tmp, RESX);
}

module.exports = { parseResx, RESX };

if (require.main === module) {
    const [cmd, ...args] = process.argv.slice(2);
    if (cmd === 'list') {
        for (const k of load().keys()) console.log(k);
    } else if (cmd === 'get') {
        const e = load().get(args[0]);
        if (!e) process.exit(1);
        console.log(e.value);
    } else if (cmd === 'set' && args.length >= 2) {
        withLock(() => {
            const entries = load();
            entries.set(args[0], { value: args[1], comment: args[2] });
            save(entries);
        });
    } else if (cmd === 'set-json' && args.length === 1) {
        const add = JSON.parse(fs.readFileSync(args[0], 'utf8'));
        withLock(() => {
            const entries = load();
            for (const [k, v] of Object.entries(add)) {
                entries.set(k, Array.isArray(v) ? { value: v[0], comment: v[1] } : { value: v });
            }
            save(entries);
        });
    } else if (cmd === 'remove' && args.length === 1) {
        withLock(() => {
            const entries = load();
            entries.delete(args[0]);
            save(entries);
        });
    } else {
        console.error('usage: node scripts/resx.js list | get <key> | set <key> <value> [comment] | set-json <file> | remove <key>');
        process.exit(2);
    }
}
