package jp.yokoten.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.sql.ReadRouter;
import jp.yokoten.common.sql.ReadYourWrites;
import jp.yokoten.publication.Visibility;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.memory.SearchMemory;
import jp.yokoten.search.memory.Searcher;

/**
 * Template search over {@code template_search}: every query word must match (AND); results rank by field (title,
 * tags, summary, description), then adopting wards, rating and age. Published templates come from this replica's
 * search memory (search/memory: hits, order, exact total, facets and the page's fields; a description is read only
 * when the highlight may come from it); other statuses, and published ones while the memory is not current, run as one
 * statement (TemplateSearchSql) with visibility inside it, so hidden items never reach items or counts.
 */
@ApplicationScoped
public class SearchService {
    private static final TypeReference<Map<String, List<FacetCount>>> FACETS = new TypeReference<>() {};
    static final int SUGGESTIONS = 8;
    static final int SUGGESTED_TAGS = 3;
    private static final int DESCRIPTION = 3; // where the description stands among TemplateSummary#highlightFields

    @Inject
    ReadRouter reads;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    SearchReferences references;

    @Inject
    SearchMemory memory;

    @Inject
    ReadYourWrites ownWrites;

    public TemplateSearchResult search(SearchQuery q) {
        references.check(q);
        List<List<String>> query = Tokeniser.query(q.text());
        List<String> words = q.text() == null ? List.of() : Tokeniser.words(q.text()).stream().limit(Tokeniser.MAX_WORDS).toList();
        try {
            if (Workflow.isPublic(q.status())) {
                Optional<Searcher.Answer> found = memory.search(ownWrites.position(), memoryQuery(q, query));
                if (found.isPresent()) {
                    return fromMemory(q, found.get(), words);
                }
            }
            return inSql(q, query, words);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Search failed", e);
        }
    }

    /** The SQL path: drafts and other statuses, and published ones while the memory is not current (package docs). */
    TemplateSearchResult inSql(SearchQuery q, List<List<String>> query, List<String> words) throws SQLException, IOException {
        Optional<String> wardLimit = Visibility.wardLimit(user, q.status());
        return reads.read(c -> {
            try (PreparedStatement st = new TemplateSearchSql(c, q, wardLimit, query).statement().prepare(c);
                 ResultSet rs = st.executeQuery()) {
                return result(q, rs, words);
            }
        });
    }

    private static Searcher.Query memoryQuery(SearchQuery q, List<List<String>> query) {
        return new Searcher.Query(Arrays.stream(hashes(query)).mapToInt(Integer::intValue).toArray(), q.platform(), q.category(),
                q.ward(), q.process() == null ? null : q.process().toString(), q.tag() == null ? null : Tokeniser.normalize(q.tag()),
                q.sort(), q.paging().offset(), q.paging().size());
    }

    /**
     * The memory's answer: its page carries every field of a result but the highlight. A highlight comes from the title,
     * tags or summary when one of them holds every word (broad words fill a page with title hits), else from every field
     * with the description the memory holds; only descriptions too long for it are read, for the page, in one statement.
     */
    private TemplateSearchResult fromMemory(SearchQuery q, Searcher.Answer a, List<String> words) throws SQLException, IOException {
        List<TemplateSummary> items = new ArrayList<>(a.page());
        List<UUID> unread = new ArrayList<>();
        for (int i = 0; i < items.size() && !words.isEmpty(); i++) {
            TemplateSummary s = items.get(i);
            Highlight h = Highlighter.holdingAll(words, s.highlightFields(null), DESCRIPTION);
            if (h == null && a.descriptions().get(i) == null) {
                unread.add(s.id());
            } else {
                items.set(i, s.withHighlight(h != null ? h : Highlighter.highlight(words, s.highlightFields(a.descriptions().get(i)))));
            }
        }
        if (!unread.isEmpty()) {
            Map<UUID, String> descriptions = descriptions(unread);
            items.replaceAll(s -> unread.contains(s.id())
                    ? s.withHighlight(Highlighter.highlight(words, s.highlightFields(descriptions.get(s.id())))) : s);
        }
        return new TemplateSearchResult(items, q.paging().page(), q.paging().size(), a.total(), false, false, a.facets());
    }

    private Map<UUID, String> descriptions(List<UUID> ids) throws SQLException, IOException {
        return reads.read(c -> {
            Map<UUID, String> out = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, left(description, 4000) FROM template WHERE id = ANY(?)")) {
                st.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    private TemplateSearchResult result(SearchQuery q, ResultSet rs, List<String> words) throws SQLException, IOException {
        List<TemplateSummary> items = new ArrayList<>();
        long total = 0;
        boolean capped = false;
        Map<String, List<FacetCount>> facets = Map.of();
        while (rs.next()) {
            total = rs.getLong(1);
            capped = rs.getBoolean(2);
            if (facets.isEmpty()) {
                facets = json.readValue(rs.getString(3), FACETS);
            }
            if (rs.getObject(4) != null) {
                items.add(summary(rs, words));
            }
        }
        return new TemplateSearchResult(items, q.paging().page(), q.paging().size(), Math.min(total, TemplateSearchSql.CAP - 1),
                total >= TemplateSearchSql.CAP, capped, facets);
    }

    /** A row of TemplateSearchSql#ROW (columns 4–18). */
    private static TemplateSummary summary(ResultSet rs, List<String> words) throws SQLException {
        TemplateSummary s = new TemplateSummary(rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), List.of((String[]) rs.getArray(12).getArray()),
                rs.getObject(13, OffsetDateTime.class), rs.getBigDecimal(14), rs.getInt(15), rs.getInt(16), null,
                PrizeColumn.read(rs.getArray(18)));
        return s.withHighlight(Highlighter.highlight(words, s.highlightFields(rs.getString(17))));
    }

    /**
     * Up to eight completions for a prefix of one or more characters: the most used tags that start with it, then titles
     * of published templates that start with it (alphabetically). Published items only: suggestions are shown to
     * everyone while typing. Answered from the search memory; the statement below while the memory is not current.
     */
    public List<Suggestion> suggest(String prefix) {
        String p = Tokeniser.normalize(prefix).strip();
        return memory.suggest(ownWrites.position(), p, SUGGESTED_TAGS, SUGGESTIONS).orElseGet(() -> suggestInSql(p));
    }

    /**
     * The SQL path of {@link #suggest}. Titles are ordered by the operator of the prefix index (text_pattern_ops, byte
     * order = code point order under C.UTF-8), so the first few come straight from the index instead of sorting every
     * title with that prefix (保: 2,638 titles, 12 ms → 0.9 ms).
     */
    List<Suggestion> suggestInSql(String p) {
        String like = p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Suggestion> out;
        try {
            out = reads.read(c -> {
                List<Suggestion> found = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("""
                        (SELECT 'tag', tag FROM search_tag_count WHERE status = 'published' AND n > 0 AND tag LIKE ?
                         GROUP BY tag ORDER BY sum(n) DESC, tag LIMIT ?)
                        UNION ALL
                        (SELECT 'title', (SELECT t.title FROM template t WHERE t.id = x.template_id)
                         FROM (SELECT DISTINCT ON (title_norm) title_norm, template_id FROM template_search
                               WHERE status = 'published' AND title_norm LIKE ? ORDER BY title_norm USING ~<~, template_id LIMIT ?) x
                         ORDER BY x.title_norm USING ~<~)""")) {
                    st.setString(1, like);
                    st.setInt(2, SUGGESTED_TAGS);
                    st.setString(3, like);
                    st.setInt(4, SUGGESTIONS);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Suggestion(rs.getString(1), rs.getString(2)));
                        }
                    }
                }
                return found;
            });
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Suggest failed", e);
        }
        return out.subList(0, Math.min(SUGGESTIONS, out.size()));
    }

    /** Every query token as stored in template_search.tokens (PostgreSQL's hashtext), so the GIN index serves them. */
    static Integer[] hashes(List<List<String>> words) {
        Set<Integer> all = new LinkedHashSet<>();
        words.forEach(w -> w.forEach(t -> all.add(Tokeniser.hashtext(t))));
        return all.toArray(Integer[]::new);
    }
}
