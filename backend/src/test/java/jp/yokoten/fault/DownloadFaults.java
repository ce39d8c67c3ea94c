package jp.yokoten.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.yokoten.fault.FaultStack.Answer;

/** SPEC §12 fault c: slow clients holding downloads open must not cost other users anything. */
final class DownloadFaults {
    private final FaultStack stack;

    DownloadFaults(FaultStack stack) {
        this.stack = stack;
    }

    /** 50 clients at ~1 KiB/s on a 20 MiB version hold no connection: /me stays fast, nothing fails. */
    void fiftySlowDownloadsLeaveOtherRequestsFastAndLogNoIncident() throws Exception {
        String id = stack.createTemplate("大容量ダウンロード");
        Path zip = stack.randomZip("download.zip", 20L * 1024 * 1024 + 4096);
        Answer upload = stack.upload(id, "1.0.0", zip);
        assertEquals(201, upload.status(), upload.body());

        List<Long> unloaded = timeRequests("api/v1/me", 100);
        List<Socket> clients = new CopyOnWriteArrayList<>();
        List<String> firstLines = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                readers.submit(() -> slowRead(id, clients, firstLines, reading));
                Thread.sleep(40); // people start downloads over a couple of seconds, not within one millisecond
            }
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (firstLines.size() < 50 && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            // The first seconds fill every client's socket buffers (megabytes each); the steady state after that
            // is what a slow reader costs, and what other users must not feel.
            Thread.sleep(5_000);
            List<Long> loaded = timeRequests("api/v1/me", 100);
            List<Answer> searches = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                searches.add(stack.get("api/v1/templates?q=" + URLEncoder.encode("大容量", StandardCharsets.UTF_8)));
            }
            reading.set(false);
            for (Socket s : clients) {
                s.close();
            }
            readers.shutdownNow();

            assertEquals(50, firstLines.size(), "downloads that got their first bytes");
            assertTrue(firstLines.stream().allMatch(l -> l.startsWith("HTTP/1.1 200")), "first lines: " + Set.copyOf(firstLines));
            assertTrue(searches.stream().allMatch(a -> a.status() == 200), "searches during the downloads: " + searches);
            long base = p95(unloaded);
            long underLoad = p95(loaded);
            System.out.printf("GET /me p95 unloaded %.1f ms, with 50 slow downloads %.1f ms%n", base / 1e6, underLoad / 1e6);
            assertTrue(underLoad <= 2 * base, "GET /me p95 " + underLoad / 1_000_000.0 + " ms under load vs "
                    + base / 1_000_000.0 + " ms unloaded");
        }
        // The clients went away mid-download: one INFO line each, no incident.
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until && stack.logLines("Client went away") < 50) {
            Thread.sleep(200);
        }
        assertEquals(0, stack.logLines("incident"), "incidents in the API log:\n" + stack.api.tail());
        assertTrue(stack.logLines("Client went away") > 0, "no INFO line for the clients that went away:\n" + stack.api.tail());
    }

    /** One raw HTTP/1.1 client with a small receive window that reads 1 KiB per second. */
    private Void slowRead(String id, List<Socket> clients, List<String> firstLines, AtomicBoolean reading) throws Exception {
        Socket s = new Socket();
        clients.add(s);
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", PackagedApi.PORT), 2000);
        OutputStream out = s.getOutputStream();
        out.write(("GET /api/v1/templates/" + id + "/versions/1.0.0/file HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + stack.token() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[1024];
        int n = in.read(buffer);
        if (n > 0) {
            String first = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            firstLines.add(first.lines().findFirst().orElse(""));
        }
        while (reading.get() && n >= 0) {
            Thread.sleep(1000);
            n = in.read(buffer);
        }
        return null;
    }

    private List<Long> timeRequests(String path, int count) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Answer a = stack.get(path);
            nanos.add(System.nanoTime() - start);
            assertEquals(200, a.status(), a.toString());
        }
        return nanos;
    }

    private static long p95(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }
}
