/**
 * kops' own test cases (corpus and oracle) and the seeded spec generator, for podnet's own tests only:
 * internal to podnet's build, never published (users' test kit is {@code dev.podnet.testkit}).
 */
module dev.podnet.corpus {
    requires org.snakeyaml.engine;

    exports dev.podnet.corpus;
    exports dev.podnet.corpus.gen;
}
