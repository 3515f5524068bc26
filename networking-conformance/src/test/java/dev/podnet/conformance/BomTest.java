package dev.podnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code podnet-bom} manages podnet's shipped artifacts and nothing else: no parent (whose
 * dependencyManagement holds test libraries), no scope, no third-party artifact.
 */
class BomTest {
    @Test
    void bomManagesOnlyPodnetArtifactsWithoutScopes() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document bom = factory.newDocumentBuilder().parse(root.resolve("podnet-bom/pom.xml").toFile());
        Element project = bom.getDocumentElement();
        assertThat(project.getElementsByTagName("parent").getLength()).isZero();
        assertThat(project.getElementsByTagName("scope").getLength()).isZero();
        assertThat(project.getElementsByTagName("dependencies").getLength()).as("only dependencyManagement").isEqualTo(1);
        NodeList deps = project.getElementsByTagName("dependency");
        List<String> managed = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(text(d, "groupId")).isEqualTo("dev.podnet");
            assertThat(text(d, "version")).isEqualTo(text(project, "version"));
            managed.add(text(d, "artifactId"));
        }
        assertThat(managed).contains("networking-api", "networking-providers", "networking-manifests", "podnet-kubernetes", "podnet-insight",
                "podnet-cli", "podnet-examples", "networking-testkit");
        // kops' corpus and the generator are podnet's own test data, not a user artifact
        assertThat(managed).doesNotContain("networking-corpus");
    }

    private static String text(Element e, String child) {
        NodeList l = e.getElementsByTagName(child);
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i).getParentNode() == e) return l.item(i).getTextContent().trim();
        }
        throw new IllegalStateException("no " + child);
    }
}
