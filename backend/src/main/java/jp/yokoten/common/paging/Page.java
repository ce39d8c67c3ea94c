package jp.yokoten.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many items match in total. */
public record Page<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "25") long total) {
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
