package org.scolarite.reportbook.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A pupil's Livret scolaire du lycée as the portal shows it (R-LSL-1). Its rules: a tile only where data exists;
 * « Enseignements » per school year from Première (the feed holds no other year), in year order; « Engagements et
 * investissement » lists the years that have the CPE's observation; « Avis examen » only once entered for the
 * current school year (an opinion of a former year is not the coming examination's); « Scolarité » the years since 6e.
 */
public record LslBook(int currentYear, List<LslYear> years, ExamEntry exam, List<SchoolingYear> schooling) {

    public enum Tile {
        TEACHING, ENGAGEMENT, EXAM, SCHOOLING
    }

    public LslBook {
        years = years.stream().sorted(Comparator.comparingInt(LslYear::schoolYear)).toList();
        schooling = schooling.stream().sorted(Comparator.comparingInt(SchoolingYear::schoolYear)).toList();
    }

    public List<Tile> tiles() {
        List<Tile> tiles = new ArrayList<>();
        if (years.stream().anyMatch(y -> !y.disciplines().isEmpty())) {
            tiles.add(Tile.TEACHING);
        }
        if (!engagements().isEmpty()) {
            tiles.add(Tile.ENGAGEMENT);
        }
        if (shownExam().isPresent()) {
            tiles.add(Tile.EXAM);
        }
        if (!schooling.isEmpty()) {
            tiles.add(Tile.SCHOOLING);
        }
        return tiles;
    }

    public boolean isEmpty() {
        return tiles().isEmpty();
    }

    public boolean shows(Tile tile) {
        return tiles().contains(tile);
    }

    /** The years with disciplines, for « Enseignements ». */
    public List<LslYear> teachingYears() {
        return years.stream().filter(y -> !y.disciplines().isEmpty()).toList();
    }

    public List<LslYear> engagements() {
        return years.stream().filter(y -> y.engagement() != null && !y.engagement().isBlank()).toList();
    }

    public Optional<ExamEntry> shownExam() {
        return Optional.ofNullable(exam).filter(e -> e.schoolYear() == currentYear);
    }
}
