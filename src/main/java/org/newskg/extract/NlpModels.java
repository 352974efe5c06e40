package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (Universal Dependencies EWT, as published on Maven Central in
 * {@code opennlp-models-*-en} 1.3.0), read once from the classpath: nothing is downloaded at
 * run time. The detectors are OpenNLP's thread-safe wrappers, so one instance serves every
 * worker thread.
 */
public final class NlpModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile NlpModels english;

    final ThreadSafeSentenceDetectorME sentences;
    final ThreadSafeTokenizerME tokens;
    final ThreadSafePOSTaggerME tags;

    private NlpModels() throws IOException {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL); InputStream p = open(POS_MODEL)) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tokens = new ThreadSafeTokenizerME(new TokenizerModel(t));
            tags = new ThreadSafePOSTaggerME(greedy(p));
        }
    }

    /**
     * The part-of-speech model, set to decode greedily (beam 1 instead of the 3 its manifest
     * asks for). The rules use tags only to tell proper nouns and modifiers apart, where the
     * wider beam changes nothing on the development corpus, and tagging is most of the time
     * extraction takes (BENCHMARKS.md). OpenNLP reads the beam size from the model's manifest
     * only, so the manifest entry of the model package (a zip) is rewritten in memory.
     */
    private static POSModel greedy(InputStream model) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(model);
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    java.util.Properties manifest = new java.util.Properties();
                    manifest.load(new java.io.ByteArrayInputStream(bytes));
                    manifest.setProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, "1");
                    java.io.ByteArrayOutputStream m = new java.io.ByteArrayOutputStream();
                    manifest.store(m, null);
                    bytes = m.toByteArray();
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return new POSModel(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    /** The English models, loaded on first use. */
    public static NlpModels english() {
        NlpModels m = english;
        if (m == null) {
            synchronized (NlpModels.class) {
                if (english == null) {
                    try {
                        english = new NlpModels();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the OpenNLP English models from the classpath", e);
                    }
                }
                m = english;
            }
        }
        return m;
    }

    /** The tokenizer alone: the baseline of the extraction benchmark. */
    public ThreadSafeTokenizerME tokenizer() {
        return tokens;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null)
            throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0)");
        return in;
    }
}
