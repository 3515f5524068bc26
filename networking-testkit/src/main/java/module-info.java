/** kops' own test cases (corpus and oracle) and the seeded spec generator, for podnet's tests. */
module dev.podnet.testkit {
    requires org.snakeyaml.engine;

    exports dev.podnet.testkit;
    exports dev.podnet.testkit.gen;
}
