package fi.polku.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The benchmark's load client for the intake: HTTP/1.1 over one kept-alive socket, writing a
 * prepared request and reading the answer's status, nothing else. The load clients share the
 * machine's two cores with the application and PostgreSQL; the JDK's {@code HttpClient} spent about
 * as much CPU per request as the server (see {@code PolkuBench}), which the intake's rate then paid.
 * One per client thread: not thread-safe.
 */
final class LoopbackHttpClient implements AutoCloseable {

    private final int port;
    private final byte[] head;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param headers request headers after the request line, each ending in CRLF, without Content-Length */
    LoopbackHttpClient(int port, String method, String path, String headers) {
        this.port = port;
        this.head = (method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + headers)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the request with this body and returns the answer's status code; the body is read and dropped. */
    int send(byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 8_192);
            out = socket.getOutputStream();
        }
        try {
            out.write(head);
            out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private int readResponse() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long chunk = Long.parseLong(line().split(";")[0].strip(), 16); chunk > 0;
                 chunk = Long.parseLong(line().split(";")[0].strip(), 16)) {
                skip(chunk);
                line();
            }
            while (!line().isEmpty()) {
                // trailer fields
            }
        } else if (length > 0) {
            skip(length);
        }
        if (closing) {
            close();
        }
        return status;
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The server closed the connection in the middle of an answer");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("The server closed the connection in the middle of an answer");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
