package dev.relacja.tasks.impl.persistence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/** One main task's whole tree, loaded at once (trees are small) to walk it in memory. */
final class TaskTree {
    private final Map<Long, List<TaskEntity>> children = new HashMap<>();

    private TaskTree(List<TaskEntity> members) {
        for (TaskEntity member : members) {
            if (member.parentId() != null) {
                children.computeIfAbsent(member.parentId(), k -> new ArrayList<>()).add(member);
            }
        }
    }

    static TaskTree of(EntityManager em, long rootId) {
        return new TaskTree(em.createQuery("select t from TaskEntity t where t.rootId = :root", TaskEntity.class)
                .setParameter("root", rootId).getResultList());
    }

    /** Everything below {@code task}, parents before their children. */
    List<TaskEntity> subtree(TaskEntity task) {
        List<TaskEntity> found = new ArrayList<>();
        Deque<TaskEntity> queue = new ArrayDeque<>(List.of(task));
        while (!queue.isEmpty()) {
            for (TaskEntity child : children.getOrDefault(queue.poll().id(), List.of())) {
                found.add(child);
                queue.add(child);
            }
        }
        return found;
    }

    /** How many levels hang below {@code task} (0 for a task without sub-tasks). */
    int height(TaskEntity task) {
        int height = 0;
        for (TaskEntity child : children.getOrDefault(task.id(), List.of())) {
            height = Math.max(height, 1 + height(child));
        }
        return height;
    }
}
