package org.scolarite.demo.control;

/**
 * How much demo data to generate. {@link #DEMO} is what the run command seeds (a collège and a lycée of about 600
 * pupils each); {@link #ACADEMY} is académie scale for benchmarks (about 250 000 pupils in 420 establishments);
 * {@link #ofStudents} any size in between, for the exports' benchmark.
 */
public record DemoScale(int colleges, int lycees, int studentsPerEstablishment) {

    public static final DemoScale DEMO = new DemoScale(1, 1, 600);
    public static final DemoScale ACADEMY = new DemoScale(300, 120, 600);

    /**
     * About {@code students} pupils in establishments of the demo's size (600), five collèges for two lycées as in
     * an académie: the benchmark's scale ({@code ofStudents(250_000)} is close to {@link #ACADEMY}).
     */
    public static DemoScale ofStudents(int students) {
        int establishments = Math.max(2, (students + 599) / 600);
        int lycees = Math.max(1, establishments * 2 / 7);
        return new DemoScale(establishments - lycees, lycees, Math.max(10, students / establishments));
    }

    public DemoScale {
        if (colleges < 1 || lycees < 0 || studentsPerEstablishment < 10) {
            throw new IllegalArgumentException("Échelle de démonstration invalide");
        }
    }
}
