/**
 * The request bodies, as the clients write them (dav4jvm's serializer for DAVx5; vdirsyncer's
 * listing from /work/shared/docs/client-traces/*-vdirsyncer-2-nochange.txt).
 */

const XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8' ?>"
const NS = 'xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav" xmlns:CS="http://calendarserver.org/ns/"'

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', Accept: 'application/xml, text/xml' }

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** DAVx5 ContactsSyncManager.queryCapabilities: PROPFIND Depth 0 on the book. */
export const CAPABILITIES_PROPFIND =
  `${XML_DECLARATION}<propfind ${NS}><prop><CARD:max-resource-size /><CARD:supported-address-data />` +
  '<supported-report-set /><CS:getctag /><sync-token /></prop></propfind>'

/** dav4jvm DavCollection.reportChanges, sync-level 1; `token` null = initial sync. */
export function syncCollection(token: string | null): string {
  return `${XML_DECLARATION}<sync-collection xmlns="DAV:"><sync-token>${token === null ? '' : escapeXml(token)}</sync-token>` +
    '<sync-level>1</sync-level><prop><getetag /><resourcetype /></prop></sync-collection>'
}

/** DAVx5's listing when the book has no sync-collection (ContactsSyncManager.listAllRemote). */
export const LIST_ALL_PROPFIND = `${XML_DECLARATION}<propfind xmlns="DAV:"><prop><resourcetype /><getetag /></prop></propfind>`

/** dav4jvm DavAddressBook.multiget; version "4.0" only when the book advertises vCard 4. */
export function addressbookMultiget(hrefs: readonly string[], vcard4: boolean): string {
  const addressData = vcard4 ? '<CARD:address-data content-type="text/vcard" version="4.0" />' : '<CARD:address-data />'
  return `${XML_DECLARATION}<CARD:addressbook-multiget ${NS}><prop><getcontenttype /><getetag />${addressData}</prop>` +
    hrefs.map((href) => `<href>${escapeXml(href)}</href>`).join('') + '</CARD:addressbook-multiget>'
}

/** vdirsyncer 0.19 lists the book with this on every sync. */
export const VDIRSYNCER_LISTING =
  '<?xml version="1.0" encoding="utf-8" ?><propfind xmlns="DAV:"><prop><resourcetype/><getcontenttype/><getetag/></prop></propfind>'
