package jp.yokoten.common.openapi;

import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Names the item in the documents of operations shared by several kinds ({@code publication/PublicationResource}):
 * {@code {item}}, {@code {an item}} and {@code {An item}} in a summary or an answer's description become the
 * singular of the path's collection ({@code /stories/{id}} → story, an article).
 */
final class ItemNames {
    private ItemNames() {}

    static void apply(String path, Operation op) {
        int from = ContractFilter.API_PREFIX.length() + 1;
        String noun = path.length() > from ? singular(path.substring(from).split("/")[0]) : "";
        if (noun.isEmpty()) {
            return; // no collection to name (the API root)
        }
        String withArticle = ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
        UnaryOperator<String> name = text -> text == null ? null : text.replace("{item}", noun)
                .replace("{an item}", withArticle)
                .replace("{An item}", Character.toUpperCase(withArticle.charAt(0)) + withArticle.substring(1));
        op.setSummary(name.apply(op.getSummary()));
        if (op.getResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> r.setDescription(name.apply(r.getDescription())));
        }
    }

    private static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
