package jp.yokoten.file;

import java.io.IOException;

/**
 * The client stopped reading a download (closed the tab, lost its network). Nothing is wrong on our side, so
 * {@link jp.yokoten.common.error.ProblemMapper} logs it at INFO without an incident id.
 */
public class ClientDisconnected extends IOException {
    public ClientDisconnected(String message, Throwable cause) {
        super(message, cause);
    }
}
