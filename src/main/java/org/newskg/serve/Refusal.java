package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** A refusal sent by one of the server's filters: a status and one plain-text line saying why, as Fuseki's own errors look. */
final class Refusal {
    private Refusal() {}

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted())
            return;
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
