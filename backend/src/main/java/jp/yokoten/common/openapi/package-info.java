/**
 * The published contract: {@link jp.yokoten.common.openapi.ContractFilter} completes what SmallRye derives from the
 * resources, so openapi.yaml passes the lint gate (deploy/lint-openapi.sh) and generates working clients.
 *
 * <p>Added to every /api/v1 operation without any annotation: a verb-first operationId (named in
 * {@code OperationIds}, else derived from method and path), both security schemes (OAuth2 flows of the realm and
 * HTTP bearer), the problem+json answers 400 (when it takes parameters or a body), 401, 403, 404 (when the path has
 * a parameter), 429 and 503 (with Retry-After) and 500, the Problem schema on every 4xx/5xx declared by hand, JSON
 * listed before CSV, CSV as a string, Content-Disposition on CSV and file answers, Location on a POST's 201, ETag
 * where the object takes If-Match, a success answer for a life-cycle action (POST …/{id}/verb) copied from the
 * parent's GET, and types for the common parameters (page, size, fiscalYear, ids as uuid, slugs, audit from/to).
 * For resources shared by several kinds ({@code publication/PublicationResource}), which cannot name a kind's
 * classes: {@code {item}} / {@code {an item}} in texts name the kind by its path, a 201 without a schema answers like
 * the created item's GET, and a merge-patch body without a schema is the collection's POST body made partial.
 *
 * <p>A new endpoint declares by hand only what is its own: {@code @Tag} with a name listed in {@code DocumentInfo}
 * (add the description there, or the lint gate fails), a summary, the success answer's schema when the method
 * returns {@code Response}, error answers beyond the common ones (409, 410, 412, 413, 428: a description suffices),
 * {@code @Schema(enumeration = …)} for closed value sets of parameters and response fields (a request field's
 * {@code @Pattern(regexp = "a|b")} is published as an enum by {@code Schemas}), {@code pattern}/bounds for other
 * parameters, {@code @Schema(nullable = true)} on each DTO field that can be null (every other field of an answer is
 * published as required: {@code RequiredFields}; decide from the code that builds the record, not from the type; a
 * record with {@code @JsonInclude(NON_NULL)} carries the extension {@code x-omitted-when-null} instead), and a
 * Japanese {@code example} on the main fields. A merge-patch body gets its {@code …Patch} schema from {@code Schemas}.
 * Then run deploy/update-openapi.sh and deploy/lint-openapi.sh; contract/ResponseContractTest holds served answers to it.
 */
package jp.yokoten.common.openapi;
