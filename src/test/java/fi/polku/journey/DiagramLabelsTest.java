package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every label of every diagram sits clear of the shapes and the flows, and is large enough for its
 * text, so that Cockpit draws no name over a line or a box (it wraps a label's text inside the
 * label's bounds and lets what does not fit run on below). The text's size is estimated for the
 * 11 px font Cockpit uses: 5.6 px a character, 13.5 px a line.
 */
class DiagramLabelsTest {

    private static final double CHARACTER = 5.6;
    private static final double LINE = 13.5;

    private record Box(double x, double y, double width, double height) {
        static Box of(Bounds bounds) {
            return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        }

        /** Overlaps the other by more than a pixel. */
        boolean overlaps(Box other) {
            return x + 1 < other.x + other.width && other.x + 1 < x + width
                    && y + 1 < other.y + other.height && other.y + 1 < y + height;
        }

        boolean contains(double px, double py) {
            return px > x + 1 && px < x + width - 1 && py > y + 1 && py < y + height - 1;
        }

        /** A straight segment passes through the box (checked every two pixels). */
        boolean crossedBy(Waypoint from, Waypoint to) {
            int steps = (int) (Math.max(Math.abs(to.getX() - from.getX()), Math.abs(to.getY() - from.getY())) / 2) + 1;
            for (int i = 0; i <= steps; i++) {
                if (contains(from.getX() + (to.getX() - from.getX()) * i / steps,
                        from.getY() + (to.getY() - from.getY()) * i / steps)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Lines the name needs when wrapped at word boundaries into the width. */
    private static int lines(String name, double width) {
        int lines = 1;
        double line = 0;
        for (String word : name.trim().split("\\s+")) {
            double length = word.length() * CHARACTER;
            if (line > 0 && line + CHARACTER + length > width) {
                lines++;
                line = length;
            } else {
                line += (line > 0 ? CHARACTER : 0) + length;
            }
        }
        return lines;
    }

    private static String name(BaseElement element) {
        return element instanceof FlowElement flowElement ? flowElement.getName() : null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"participant-journey", "referral", "initial-assessment", "wage-subsidy-period",
            "trainee-placement", "follow-up", "supplement-application", "work-activity-journey"})
    void labelsSitClearOfShapesAndFlows(String process) throws IOException {
        BpmnModelInstance model;
        try (InputStream in = getClass().getResourceAsStream("/processes/" + process + ".bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        List<String> problems = new ArrayList<>();
        List<Labelled> labelled = new ArrayList<>();
        shapes.stream().filter(shape -> shape.getBpmnLabel() != null)
                .forEach(shape -> labelled.add(new Labelled(shape.getBpmnElement(), shape.getBpmnLabel().getBounds())));
        edges.stream().filter(edge -> edge.getBpmnLabel() != null)
                .forEach(edge -> labelled.add(new Labelled(edge.getBpmnElement(), edge.getBpmnLabel().getBounds())));
        for (Labelled label : labelled) {
            String name = name(label.element());
            if (name == null || name.isBlank()) {
                continue;
            }
            Box box = Box.of(label.bounds());
            String id = label.element().getId();
            if (lines(name, box.width()) * LINE > box.height() + 2) {
                problems.add(id + ": '" + name + "' needs " + lines(name, box.width()) + " lines, the label is "
                        + box.height() + " px high");
            }
            for (BpmnShape shape : shapes) {
                boolean expandedSubProcess = Boolean.TRUE.equals(shape.isExpanded());
                if (shape.getBpmnElement() != label.element() && !expandedSubProcess
                        && box.overlaps(Box.of(shape.getBounds()))) {
                    problems.add(id + "'s label lies over " + shape.getBpmnElement().getId());
                }
            }
            for (BpmnEdge edge : edges) {
                List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
                for (int i = 1; i < points.size(); i++) {
                    if (box.crossedBy(points.get(i - 1), points.get(i))) {
                        problems.add(id + "'s label lies over the flow " + edge.getBpmnElement().getId());
                        break;
                    }
                }
            }
        }
        assertThat(problems).as(process + ": labels over shapes or flows, or too small for their text").isEmpty();
    }

    private record Labelled(BaseElement element, Bounds bounds) {
    }
}
