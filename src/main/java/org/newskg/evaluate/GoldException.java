package org.newskg.evaluate;

import java.io.IOException;

/** A gold file that cannot be used: which file, where in it (a JSON path such as {@code $.events[2].type}), and what. */
public class GoldException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String jsonPath;

    public GoldException(String file, String jsonPath, String message) {
        super(file + ": " + jsonPath + ": " + message);
        this.file = file;
        this.jsonPath = jsonPath;
    }

    public String file() {
        return file;
    }

    public String jsonPath() {
        return jsonPath;
    }
}
