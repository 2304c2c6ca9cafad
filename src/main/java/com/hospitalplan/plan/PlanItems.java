package com.hospitalplan.plan;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The rules {@link Plan} applies to its lists of items: lookup, position, stale edits, the goal tree. */
final class PlanItems {

    private PlanItems() {}

    /** The item of the plan with the id, or {@link PlanNotFoundException} for an item of another plan. */
    static <T extends PlanItem> T find(Collection<T> items, Long wanted, String kind) {
        return items.stream()
                .filter(item -> Objects.equals(item.id(), wanted))
                .findFirst()
                .orElseThrow(() -> new PlanNotFoundException(kind, wanted));
    }

    /** The position after the last item's. */
    static int nextPosition(Collection<? extends PlanItem> items) {
        return items.stream().mapToInt(PlanItem::position).max().orElse(0) + 1;
    }

    /** The item if the edit was made on its current version; otherwise the edit is stale (409). */
    static <T extends PlanItem> T current(T item, long submitted) {
        if (item.version() != submitted) {
            throw new ObjectOptimisticLockingFailureException(item.getClass(), item.id());
        }
        return item;
    }

    /** Whether the goal swapped places with its previous ({@code up}) or next sibling. */
    static boolean swapWithSibling(List<Goal> goals, Goal goal, boolean up) {
        List<Goal> siblings = goals.stream()
                .filter(g -> Objects.equals(g.parentId(), goal.parentId()))
                .sorted(Comparator.comparingInt(Goal::position)
                        .thenComparing(Goal::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int neighbour = siblings.indexOf(goal) + (up ? -1 : 1);
        if (neighbour < 0 || neighbour >= siblings.size()) {
            return false;
        }
        Goal other = siblings.get(neighbour);
        int position = goal.position();
        goal.moveTo(other.position());
        other.moveTo(position);
        return true;
    }

    /** The ids of the goal and of every goal below it. */
    static Set<Long> subtree(List<Goal> goals, Goal top) {
        Set<Long> ids = new HashSet<>();
        ids.add(top.id());
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Goal goal : goals) {
                if (goal.parentId() != null && ids.contains(goal.parentId()) && ids.add(goal.id())) {
                    grown = true;
                }
            }
        }
        return ids;
    }
}
