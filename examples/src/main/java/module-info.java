/** The README's API example ({@link dev.podnet.examples.QuickStart}). */
module dev.podnet.examples {
    requires dev.podnet.api;

    exports dev.podnet.examples;
}
