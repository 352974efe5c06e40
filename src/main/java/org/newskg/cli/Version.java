package org.newskg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the build's version), or "development". */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] { "newskg " + (v != null ? v : "development") };
    }
}
