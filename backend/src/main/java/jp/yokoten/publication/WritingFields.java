package jp.yokoten.publication;

import java.util.List;
import java.util.UUID;

/** The request body of a {@link Writing} kind: its fields, among them the templates it links. */
public interface WritingFields<P extends Writing> extends Fields<P> {
    /** As sent: null when absent, duplicates possible. */
    List<UUID> templateIds();

    /** The linked templates, each once, in the order sent. */
    default List<UUID> links() {
        return templateIds() == null ? List.of() : templateIds().stream().distinct().toList();
    }
}
