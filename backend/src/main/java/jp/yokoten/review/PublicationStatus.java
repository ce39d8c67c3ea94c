package jp.yokoten.review;

/**
 * The statuses of a template, story or article ({@link Workflow}) as one named enum of the contract: response fields
 * declare {@code @Schema(implementation = PublicationStatus.class)}, so generated clients get one type for all of
 * them. The constants are the wire values, hence lower case; the code itself keeps working with {@link Workflow}'s strings.
 */
public enum PublicationStatus {
    draft, in_review, published, rejected, archived
}
