import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went during a JFR recording (bin/loadtest with LOADTEST_PROFILE=true): the methods most often on top
 * of the sampled stacks (self time), and the methods most often anywhere on them (inclusive, one count per sample),
 * for the application, Faces, EclipseLink, H2 and the sanitizer. Usage: java bench/HotMethods.java FILE.jfr [N]
 */
public class HotMethods {
    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.matches("(org\\.scolarite|com\\.sun\\.faces|jakarta\\.faces|org\\.eclipse\\.persistence|org\\.h2|"
                        + "org\\.owasp|org\\.glassfish\\.json|org\\.eclipse\\.yasson|org\\.primefaces|org\\.apache\\.catalina"
                        + "|org\\.glassfish\\.grizzly|com\\.sun\\.enterprise|org\\.jboss\\.weld).*") && seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.println(samples + " échantillons");
        print("Temps propre (haut de pile)", self, samples, top);
        print("Temps inclus (méthodes sur la pile)", inclusive, samples, top);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("\n" + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(java.util.Locale.ROOT, "  %5.1f %%  %s%n",
                        100.0 * e.getValue() / samples, e.getKey()));
    }
}
