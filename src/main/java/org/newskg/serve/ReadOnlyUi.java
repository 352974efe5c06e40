package org.newskg.serve;

import java.net.URL;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * Fuseki's web UI (from the {@code jena-fuseki-ui} jar) at {@code /}, for querying and browsing.
 * <p>
 * Only the read-side admin calls the UI needs are served ({@code /$/server}, {@code /$/ping},
 * {@code /$/stats}); the calls that create, delete or back up datasets are not, so the UI
 * cannot change the server. (Fuseki's own UI module brings all of them, unprotected.)
 */
final class ReadOnlyUi implements FusekiModule {
    private static final String UI_INDEX = "webapp/index.html";

    @Override
    public String name() {
        return "newskg read-only UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        URL index = ReadOnlyUi.class.getClassLoader().getResource(UI_INDEX);
        if (index == null)
            throw new IllegalStateException("the Fuseki UI files (" + UI_INDEX + ") are not on the classpath");
        String base = index.toString().substring(0, index.toString().length() - "index.html".length());
        builder.staticFileBase(base)
               .addServlet("/$/server", new ActionServerStatus())
               .enablePing(true)
               .enableStats(true);
    }
}
