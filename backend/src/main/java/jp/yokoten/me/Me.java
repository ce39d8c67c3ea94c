package jp.yokoten.me;

import java.util.Set;
import jp.yokoten.ward.WardView;

/** Who the caller is, as the SPA header and the API clients need it; {@code ward} is null outside the wards. */
public record Me(String subject, String username, String name, WardView ward, Set<String> roles) {}
