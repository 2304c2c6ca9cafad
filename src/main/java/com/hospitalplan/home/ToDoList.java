package com.hospitalplan.home;

import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.user.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The to-do list on a person's home page: one line a thing to do, in the person's language, with its link. */
@Service
public class ToDoList {

    /** One thing to do: what, where to do it, and whether it is late. */
    public record Item(String text, String link, boolean late) {}

    private final ToDoSources sources;
    private final MessageSource messages;

    ToDoList(ToDoSources sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    public List<Item> of(SignedInUser user, Locale locale) {
        List<Item> items = new ArrayList<>();
        sources.waitingReviews(user)
                .forEach(r -> items.add(new Item(
                        text("todo.review", locale, r.organizationName(), r.planTitle(), period(r.period(), locale)),
                        "/reports/" + r.reportId(),
                        false)));
        sources.reportsToDo(user).forEach(a -> items.add(reportItem(a, locale)));
        sources.overduePeriods(user)
                .forEach(o -> items.add(new Item(
                        text("todo.overdueUnits", locale, o.planTitle(), period(o.period(), locale), o.units()),
                        "/periods/" + o.period().id(),
                        true)));
        return items;
    }

    private Item reportItem(ReportViews.Assignment a, Locale locale) {
        String period = period(a.period(), locale);
        String link = a.reportId() == null ? "/reports" : "/reports/" + a.reportId();
        if (a.status() == ReportStatus.RETURNED) {
            return new Item(text("todo.returned", locale, a.planTitle(), period), link, true);
        }
        String key = a.overdue() ? "todo.overdue" : "todo.due";
        return new Item(
                text(key, locale, a.planTitle(), period, a.period().dueOn().toString()), link, a.overdue());
    }

    private String period(ReportViews.PeriodView period, Locale locale) {
        return text("period.label." + period.kind(), locale, period.year(), period.part());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
