package com.hospitalplan.levelscale;

import com.hospitalplan.targets.LevelScale;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing level scales, for administrators; every other feature reads them from {@link LevelScales}. */
@Service
@Transactional(readOnly = true)
class LevelScaleService {

    private final ScaleRepository scales;
    private final GradeUsage usage;
    private final ApplicationEventPublisher events;

    LevelScaleService(ScaleRepository scales, GradeUsage usage, ApplicationEventPublisher events) {
        this.scales = scales;
        this.usage = usage;
        this.events = events;
    }

    List<LevelScaleView> all() {
        return scales.findAllInOrder().stream().map(Scale::view).toList();
    }

    Optional<LevelScaleView> find(String key) {
        return scales.findById(key).map(Scale::view);
    }

    /** Adds a scale after the others; key and name must be new. */
    @Transactional
    void create(String key, LevelScaleCommand command) {
        if (scales.existsById(key)) {
            throw new LevelScaleConflictException("key", "admin.levelScales.keyTaken");
        }
        if (scales.existsByName(command.name())) {
            throw new LevelScaleConflictException("name", "admin.levelScales.nameTaken");
        }
        scales.save(new Scale(key, scales.lastPosition() + 1, command.name(), command.grades()));
        events.publishEvent(new LevelScalesChanged(key));
    }

    /**
     * Renames the scale and replaces its grades.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else saved the scale since {@code version}
     * @throws LevelScaleConflictException when the name is taken, or a grade indicators or reports use would go
     */
    @Transactional
    void update(String key, long version, LevelScaleCommand command) {
        Scale scale = scales.findById(key).orElseThrow(() -> new LevelScaleNotFoundException(key));
        if (scale.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Scale.class, key);
        }
        if (scales.existsByNameAndKeyNot(command.name(), key)) {
            throw new LevelScaleConflictException("name", "admin.levelScales.nameTaken");
        }
        LevelScale current = scale.toLevelScale();
        List<String> inUse = current.removedGradesInUse(command.grades(), usage.levelsOn(key));
        if (!inUse.isEmpty()) {
            throw new LevelScaleConflictException("grades", "admin.levelScales.gradesInUse", String.join("、", inUse));
        }
        scale.describe(command.name(), command.grades());
        scales.saveAndFlush(scale);
        events.publishEvent(new LevelScalesChanged(key));
    }
}
