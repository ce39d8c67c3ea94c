package jp.yokoten.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many items match in total. */
public record Page<T>(@Schema(required = true) List<T> items, @Schema(required = true, example = "0") int page,
        @Schema(required = true, example = "20") int size, @Schema(required = true, example = "25") long total) {
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
