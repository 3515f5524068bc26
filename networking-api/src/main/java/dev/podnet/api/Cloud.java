package dev.podnet.api;

import java.util.Objects;

/**
 * A cloud provider id as kops spells it ({@code aws}, {@code gce}, ...). An open set: an id podnet
 * does not know is kept as written and validation reports it.
 */
public final class Cloud {
    /** Amazon Web Services. */
    public static final Cloud AWS = new Cloud("aws");
    /** Google Compute Engine. */
    public static final Cloud GCE = new Cloud("gce");
    /** Microsoft Azure. */
    public static final Cloud AZURE = new Cloud("azure");
    /** DigitalOcean. */
    public static final Cloud DIGITALOCEAN = new Cloud("digitalocean");
    /** Hetzner Cloud. */
    public static final Cloud HETZNER = new Cloud("hetzner");
    /** OpenStack. */
    public static final Cloud OPENSTACK = new Cloud("openstack");
    /** Scaleway. */
    public static final Cloud SCALEWAY = new Cloud("scaleway");
    /** Bare metal. */
    public static final Cloud METAL = new Cloud("metal");
    /** Linode (Akamai). */
    public static final Cloud LINODE = new Cloud("linode");
    /** kops 1.18 only. */
    public static final Cloud ALICLOUD = new Cloud("alicloud");
    /** kops 1.18 only. */
    public static final Cloud BAREMETAL = new Cloud("baremetal");

    private final String id;

    private Cloud(String id) {
        this.id = id;
    }

    /**
     * The cloud with this id, exactly as written: kops' cloud ids are case-sensitive ({@code AWS} is not
     * {@code aws}: kops 1.24+ refuse it as an unsupported value, kops-oracle), so podnet keeps the id as it is
     * and validation reports an id kops does not know.
     *
     * @param id the id as written, e.g. {@code aws}
     * @return the cloud
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Cloud of(String id) {
        Objects.requireNonNull(id, "cloud id");
        if (id.isBlank()) throw new IllegalArgumentException("cloud id must not be empty");
        return new Cloud(id);
    }

    /** {@return the id as written, e.g. {@code aws} (kops' own ids are lower-case)} */
    public String id() { return id; }

    @Override
    public boolean equals(Object o) { return o instanceof Cloud c && id.equals(c.id); }

    @Override
    public int hashCode() { return id.hashCode(); }

    @Override
    public String toString() { return id; }
}
