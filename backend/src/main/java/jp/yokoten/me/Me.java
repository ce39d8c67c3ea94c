package jp.yokoten.me;

import java.util.Set;
import jp.yokoten.ward.WardView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is, as the SPA header and the API clients need it; {@code ward} is null outside the wards. */
public record Me(String subject, String username, String name, @Schema(nullable = true) WardView ward, Set<String> roles) {}
