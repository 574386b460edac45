package nl.leernetwerk.basis.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Vaadin's date picker writes its calendar in English (month and day names, "Today", "Cancel")
 * whatever the locale; this gives it the texts of the interface language. Use
 * {@code Datumkiezer.inTaal(new DatePicker(...))} for every date picker.
 */
public final class Datumkiezer {

    private Datumkiezer() {
    }

    /** Sets the calendar texts of the UI's language when the picker is attached; returns the picker. */
    public static <T extends DatePicker> T inTaal(T kiezer) {
        kiezer.addAttachListener(e -> kiezer.setI18n(teksten(kiezer, kiezer.getLocale())));
        return kiezer;
    }

    static DatePicker.DatePickerI18n teksten(DatePicker kiezer, Locale taal) {
        DatePicker.DatePickerI18n i18n = kiezer.getI18n() == null ? new DatePicker.DatePickerI18n() : kiezer.getI18n();
        // Sunday first, as the web component expects
        List<DayOfWeek> dagen = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        return i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, taal)).toList())
                .setWeekdays(dagen.stream().map(d -> d.getDisplayName(TextStyle.FULL, taal)).toList())
                .setWeekdaysShort(dagen.stream().map(d -> d.getDisplayName(TextStyle.SHORT, taal)).toList())
                .setFirstDayOfWeek(1)
                .setToday(kiezer.getTranslation(taal, "datumkiezer.vandaag"))
                .setCancel(kiezer.getTranslation(taal, "datumkiezer.annuleren"));
    }
}
