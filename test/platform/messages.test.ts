// Shape and sender checks of the messages between content script, service worker, popup and options.

import { describe, expect, it } from 'vitest';
import { isFromOwnContentScript, isFromOwnExtension, isStatusMessage, isToggleMessage, type SenderInfo } from '../../src/platform/messages';
import { isSiteAddress } from '../../src/sites/descriptors';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const QUESTION = 'https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1649&LANG=fr';
const content = (over: Partial<SenderInfo> = {}): SenderInfo => ({ id: OWN, url: QUESTION, tabId: 12, frameId: 0, ...over });
const popup = (over: Partial<SenderInfo> = {}): SenderInfo => ({ id: OWN, url: `chrome-extension://${OWN}/src/popup/index.html`, tabId: null, frameId: null, ...over });

describe('message shapes', () => {
  it('accepts a status with counts that make sense', () => {
    expect(isStatusMessage({ type: 'ql:status', attention: 2, total: 8 })).toBe(true);
    expect(isStatusMessage({ type: 'ql:status', attention: 0, total: 0 })).toBe(true);
  });

  it('refuses statuses of the wrong shape or with impossible counts', () => {
    for (const bad of [
      null,
      'ql:status',
      { type: 'ql:status' },
      { type: 'ql:status', attention: '2', total: 8 },
      { type: 'ql:status', attention: -1, total: 8 },
      { type: 'ql:status', attention: 1.5, total: 8 },
      { type: 'ql:status', attention: 9, total: 8 },
      { type: 'ql:status', attention: Number.NaN, total: 8 },
      { type: 'ql:status', attention: 1, total: Number.POSITIVE_INFINITY },
      { type: 'ql:toggle', attention: 1, total: 2 },
    ]) expect(isStatusMessage(bad), JSON.stringify(bad)).toBe(false);
  });

  it('knows a toggle from anything else', () => {
    expect(isToggleMessage({ type: 'ql:toggle' })).toBe(true);
    for (const bad of [undefined, {}, { type: 'toggle' }, ['ql:toggle'], { type: 'QL:TOGGLE' }]) expect(isToggleMessage(bad)).toBe(false);
  });
});

describe('Senate addresses', () => {
  it('accepts the Senate hosts and their subdomains', () => {
    for (const url of [QUESTION, 'http://senaat.be/', 'https://WWW.SENAAT.BE/www/?MIval=/index_senate', 'https://archive.senate.be/x']) expect(isSiteAddress(url), url).toBe(true);
  });

  it('refuses look-alikes, other schemes and garbage', () => {
    for (const url of [
      null,
      '',
      'not a url',
      'https://senate.be.evil.example/',
      'https://evilsenate.be/',
      'https://www.senate.bee/',
      'https://www.senate.be@evil.example/',
      'javascript:alert(1)//senate.be',
      'file:///www.senate.be/page.html',
      'ftp://www.senate.be/',
    ]) expect(isSiteAddress(url), String(url)).toBe(false);
  });
});

describe('senders', () => {
  it('takes a content message only from our own content script on a Senate page', () => {
    expect(isFromOwnContentScript(content(), OWN)).toBe(true);
    expect(isFromOwnContentScript(content({ id: 'another-extension' }), OWN)).toBe(false);
    expect(isFromOwnContentScript(content({ tabId: null }), OWN)).toBe(false);
    expect(isFromOwnContentScript(content({ url: 'https://evil.example/' }), OWN)).toBe(false);
    expect(isFromOwnContentScript(content({ url: null }), OWN)).toBe(false);
    expect(isFromOwnContentScript(content(), null)).toBe(false);
  });

  it('takes a page message only from our own worker, popup or extension page', () => {
    expect(isFromOwnExtension(popup(), OWN)).toBe(true);
    expect(isFromOwnExtension(popup({ url: null }), OWN)).toBe(true); // the service worker
    expect(isFromOwnExtension(popup({ tabId: 3, url: `chrome-extension://${OWN}/src/options/index.html` }), OWN)).toBe(true);
    expect(isFromOwnExtension(popup({ id: 'another-extension' }), OWN)).toBe(false);
    expect(isFromOwnExtension(popup({ id: null }), OWN)).toBe(false);
    // A content script (a tab with a web page) may not drive another page's panel.
    expect(isFromOwnExtension(content(), OWN)).toBe(false);
    expect(isFromOwnExtension(popup({ tabId: 3, url: 'chrome-extension://someoneelse/options.html' }), OWN)).toBe(false);
    expect(isFromOwnExtension(popup(), null)).toBe(false);
  });
});
