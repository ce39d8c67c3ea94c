/**
 * A template's versions: upload (content check, governance scan, storage), the version list, file download,
 * withdrawal and the governance findings with their justifications.
 */
package jp.yokoten.template.version;
