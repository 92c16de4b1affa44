/**
 * Deterministic demo data written through the domain (entities and the account life cycle), not through SIECLE XML:
 * the domain is what the demo must show working, and the replication issue brings its own SIECLE generator for the
 * feeds. {@code DemoScale} sets the size (the run command's demo, or académie scale for benchmarks); the generator
 * streams establishment by establishment to an {@code EntitySink}.
 */
package org.scolarite.demo;
