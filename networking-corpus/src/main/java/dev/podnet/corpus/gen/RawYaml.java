package dev.podnet.corpus.gen;

/**
 * A value {@link YamlText} writes exactly as given (a plain scalar in a form the writer would not choose,
 * a flow collection, an anchor or alias): the surface profile's way to write what users write.
 *
 * @param text the YAML text of the value, on one line
 */
record RawYaml(String text) {
}
