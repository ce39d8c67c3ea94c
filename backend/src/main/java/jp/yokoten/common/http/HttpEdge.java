package jp.yokoten.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.yokoten.common.config.YokotenConfig;
import jp.yokoten.common.error.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first handler of every request on the public port (SPEC §12), before authentication and before JAX-RS reads
 * anything: security headers on every answer, multipart only on the upload route, and request bodies elsewhere at
 * most {@code yokoten.http.max-json-body-size}, counted as the bytes arrive so a chunked body cannot slip past a
 * Content-Length check. Refusals are problem+json like every other error, but written here: the JAX-RS mapper only
 * runs after the body has been read, which is what this handler exists to prevent.
 */
@ApplicationScoped
public class HttpEdge {
    /** Before Quarkus's own filters and every route, so nothing has touched the body yet. */
    static final int ORDER = -10_000;
    /** The one route that takes multipart/form-data (a file and its version fields). */
    static final Pattern UPLOAD = Pattern.compile("/api/v1/templates/[^/]+/versions/?");
    static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    @Inject
    YokotenConfig config;

    /** After a refusal the rest of the body is read and dropped (so the client sees the answer) up to this size. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxDrain;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> secure(ctx.response().headers()));
        HttpServerRequest request = ctx.request();
        String type = mediaType(request.getHeader("Content-Type"));
        boolean upload = request.method() == HttpMethod.POST && UPLOAD.matcher(ctx.normalizedPath()).matches();
        if (type.startsWith("multipart/")) {
            if (upload) {
                ctx.next(); // the file limit (quarkus.http.limits.max-body-size) and the upload checks apply
            } else {
                refuse(ctx, 415, "unsupported-media-type", "Unsupported Media Type",
                        "multipart/form-data is accepted only by POST /api/v1/templates/{id}/versions; send JSON here.");
            }
            return;
        }
        long limit = config.http().maxJsonBodySize().asLongValue();
        long length = contentLength(request);
        if (length > limit) {
            refuse(ctx, 413, "too-large", "Payload too large", tooLarge(limit));
        } else if (length >= 0 || !streaming(request)) {
            ctx.next(); // no body, or one whose declared length is within the limit
        } else {
            count(ctx, limit);
        }
    }

    /** A body without Content-Length (chunked, or HTTP/2 frames): buffered up to the limit, refused beyond it. */
    private void count(RoutingContext ctx, long limit) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        long[] seen = {0};
        boolean[] refused = {false};
        request.handler(chunk -> {
            seen[0] += chunk.length();
            if (refused[0]) {
                if (seen[0] > maxDrain.asLongValue()) {
                    request.connection().close();
                }
            } else if (seen[0] > limit) {
                refused[0] = true;
                refuse(ctx, 413, "too-large", "Payload too large", tooLarge(limit));
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                ctx.setBody(body); // JAX-RS reads the buffered body (RoutingContext#getBody) instead of the stream
                ctx.next();
            }
        });
        request.exceptionHandler(e -> {
            if (!refused[0] && !ctx.response().ended()) {
                ctx.fail(e);
            }
        });
        request.resume();
    }

    private void refuse(RoutingContext ctx, int status, String type, String title, String detail) {
        HttpServerRequest request = ctx.request();
        if (!request.isEnded()) {
            // Read and drop what is still coming, so the client can finish sending and then read this answer.
            long[] drained = {0};
            request.handler(chunk -> {
                drained[0] += chunk.length();
                if (drained[0] > maxDrain.asLongValue()) {
                    request.connection().close();
                }
            });
            request.endHandler(v -> { });
            request.resume();
        }
        String body;
        try {
            body = json.writeValueAsString(Problem.of(status, type, title, detail));
        } catch (JsonProcessingException impossible) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    private static String tooLarge(long limit) {
        return "Request bodies are limited to " + (limit / 1024) + " KiB here; only file uploads may be larger.";
    }

    /** On every answer, errors and downloads included; a resource may set a stricter Cache-Control itself. */
    static void secure(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", CSP);
        }
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** -1 when absent (Netty has already refused a malformed value). */
    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean streaming(HttpServerRequest request) {
        if (request.isEnded()) {
            return false;
        }
        String te = request.getHeader("Transfer-Encoding");
        return (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) || request.version() == HttpVersion.HTTP_2;
    }
}
