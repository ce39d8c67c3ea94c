/**
 * The register of certified citizen developers (認定市民開発者, SPEC §10): records, revocations that keep history,
 * counts valid on a day (per ward and in total) and the 「認定開発者が作成」 mark. Lists are plain SQL read models.
 */
package jp.yokoten.certification;
