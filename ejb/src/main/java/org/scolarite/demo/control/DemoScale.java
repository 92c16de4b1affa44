package org.scolarite.demo.control;

/**
 * How much demo data to generate. {@link #DEMO} is what the run command seeds (a collège and a lycée of about 600
 * pupils each); {@link #ACADEMY} is académie scale for benchmarks (about 250 000 pupils in 420 establishments).
 */
public record DemoScale(int colleges, int lycees, int studentsPerEstablishment) {

    public static final DemoScale DEMO = new DemoScale(1, 1, 600);
    public static final DemoScale ACADEMY = new DemoScale(300, 120, 600);

    public DemoScale {
        if (colleges < 1 || lycees < 0 || studentsPerEstablishment < 10) {
            throw new IllegalArgumentException("Échelle de démonstration invalide");
        }
    }
}
