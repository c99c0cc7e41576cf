<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Waymark::ActionsPanel</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation><numerusform>%n open action</numerusform><numerusform>%n open actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation><numerusform>, %n overdue</numerusform><numerusform>, %n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::AddCardsCommand</name>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation><numerusform>Add %n card</numerusform><numerusform>Add %n cards</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::CanvasController</name>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation><numerusform>Move %n card</numerusform><numerusform>Move %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation><numerusform>Cut %n card</numerusform><numerusform>Cut %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation><numerusform>Paste %n card</numerusform><numerusform>Paste %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation><numerusform>Duplicate %n card</numerusform><numerusform>Duplicate %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and its %n card(s)?</source>
        <translation><numerusform>Delete the stage “%1” and its %n card?</numerusform><numerusform>Delete the stage “%1” and its %n cards?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the lane “%1” and its %n card(s)?</source>
        <translation><numerusform>Delete the lane “%1” and its %n card?</numerusform><numerusform>Delete the lane “%1” and its %n cards?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation><numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation><numerusform>%n goal</numerusform><numerusform>%n goals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) to delete have %1 attached.</source>
        <translation><numerusform>The %n card to delete have %1 attached.</numerusform><numerusform>The %n cards to delete have %1 attached.</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::Cli</name>
    <message numerus="yes">
        <source>, %n card(s)</source>
        <translation><numerusform>, %n card</numerusform><numerusform>, %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Created %1: %n journey(s)</source>
        <translation><numerusform>Created %1: %n journey</numerusform><numerusform>Created %1: %n journeys</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation><numerusform>%n stage</numerusform><numerusform>%n stages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation><numerusform>%n lane</numerusform><numerusform>%n lanes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation><numerusform>%n connection</numerusform><numerusform>%n connections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation><numerusform>%n response</numerusform><numerusform>%n responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Created %n touchpoint(s): %1.</source>
        <translation><numerusform>Created %n touchpoint: %1.</numerusform><numerusform>Created %n touchpoints: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rated response(s)</source>
        <translation><numerusform>%1: %n rated response</numerusform><numerusform>%1: %n rated responses</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::DashboardView</name>
    <message numerus="yes">
        <source>Monthly %1 over the last %n month(s)</source>
        <translation><numerusform>Monthly %1 over the last %n month</numerusform><numerusform>Monthly %1 over the last %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>said %n time(s)</source>
        <translation><numerusform>said %n time</numerusform><numerusform>said %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::FeedbackImporter</name>
    <message numerus="yes">
        <source>Rows that repeat an earlier row exactly: %n (the first on line %1); they were imported as they are.</source>
        <translation><numerusform>Rows that repeat an earlier row exactly: %n (the first on line %1); they were imported as they are.</numerusform><numerusform>Rows that repeat an earlier row exactly: %n (the first on line %1); they were imported as they are.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rows with a channel Waymark does not know (such as “%1”): %n; it was stored as “other”.</source>
        <translation><numerusform>Rows with a channel Waymark does not know (such as “%1”): %n; it was stored as “other”.</numerusform><numerusform>Rows with a channel Waymark does not know (such as “%1”): %n; it was stored as “other”.</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::FeedbackPanel</name>
    <message numerus="yes">
        <source>%n selected card(s)</source>
        <translation><numerusform>%n selected card</numerusform><numerusform>%n selected cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation><numerusform>%Ln response</numerusform><numerusform>%Ln responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln response(s)?</source>
        <translation><numerusform>Delete %Ln response?</numerusform><numerusform>Delete %Ln responses?</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::ImportWizard</name>
    <message numerus="yes">
        <source>Encoding %1, separated by %2, %n column(s).</source>
        <translation><numerusform>Encoding %1, separated by %2, %n column.</numerusform><numerusform>Encoding %1, separated by %2, %n columns.</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::InspectorPanel</name>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation><numerusform>%n items selected</numerusform><numerusform>%n items selected</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::JourneyListModel</name>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation><numerusform>%1: %n card</numerusform><numerusform>%1: %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (future state): %n card(s)</source>
        <translation><numerusform>%1 (future state): %n card</numerusform><numerusform>%1 (future state): %n cards</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::JourneyScene</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n touchpoint(s)</source>
        <translation><numerusform>, %n touchpoint</numerusform><numerusform>, %n touchpoints</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::JourneyView</name>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation><numerusform>%n item selected</numerusform><numerusform>%n items selected</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::MarkerOverlay</name>
    <message numerus="yes">
        <source>%n unresolved comment(s)</source>
        <translation><numerusform>%n unresolved comment</numerusform><numerusform>%n unresolved comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s) in the improvement plan</source>
        <translation><numerusform>%n open action in the improvement plan</numerusform><numerusform>%n open actions in the improvement plan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveActionCommand</name>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation><numerusform>Delete %n action</numerusform><numerusform>Delete %n actions</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveCardsCommand</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation><numerusform>Delete %n card</numerusform><numerusform>Delete %n cards</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveCommand</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation><numerusform>Delete %n card</numerusform><numerusform>Delete %n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation><numerusform>Delete %n connection</numerusform><numerusform>Delete %n connections</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::RemoveFeedbackCommand</name>
    <message numerus="yes">
        <source>Delete %n response(s)</source>
        <translation><numerusform>Delete %n response</numerusform><numerusform>Delete %n responses</numerusform></translation>
    </message>
</context>
<context>
    <name>Waymark::ReportRenderer</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
</context>
</TS>