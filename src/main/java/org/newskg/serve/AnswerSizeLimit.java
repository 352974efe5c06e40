package org.newskg.serve;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * An answer to a client that has not logged in is at most {@code newskg:maxResultBytes} long.
 * <p>
 * The result cap counts rows, not bytes: one row holding a 305 MB string passed it. An answer
 * is streamed, its status sent before its size is known, so going past the bound cannot turn it
 * into an error status; the answer is cut off there and the connection aborted, which a client
 * sees as a failed transfer rather than a complete, truncated answer.
 */
final class AnswerSizeLimit extends AnonymousLimit {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerSizeLimit.class);
    private final long maxBytes;

    AnswerSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Thrown into the writer of an answer that went past the bound. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("the answer is larger than " + max + " bytes (the server's limit)");
        }
    }

    @Override
    protected boolean appliesTo(HttpServletRequest request) {
        return maxBytes > 0;
    }

    @Override
    protected void limit(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Counted counted = new Counted(response, maxBytes);
        chain.doFilter(request, counted);
        if (counted.exceeded) {
            LOG.warn("answer to {} {} cut off at {} bytes", request.getMethod(), request.getRequestURI(), maxBytes);
            // thrown after the status went out: Jetty aborts the connection instead of ending the answer normally
            throw new TooLarge(maxBytes);
        }
    }

    private static final class Counted extends HttpServletResponseWrapper {
        private final long max;
        private ServletOutputStream stream;
        private long written;
        private boolean exceeded;

        Counted(HttpServletResponse response, long max) {
            super(response);
            this.max = max;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        count(1);
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        count(len);
                        out.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        if (!exceeded)
                            out.close();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        private void count(int n) throws IOException {
            if (exceeded)
                throw new TooLarge(max);
            written += n;
            if (written > max) {
                exceeded = true;
                throw new TooLarge(max);
            }
        }
    }
}
