"""The words of the Train tab that depend on a run: its status and phase, its line in the list, its losses,
in the user's language (the phases and statuses are the worker's English keys, shown through a table)."""

from __future__ import annotations

from desktop_llm.controllers.i18n import QT_TR_NOOP, number_text, tr, translated
from desktop_llm.core.training_data import LineError
from desktop_llm.ipc.training_events import RunState, perplexity
from desktop_llm.ipc.training_run import TrainingRun

# What the banner and a busy progress bar say in a phase before the run ends.
PHASE_TEXT = {
    "starting": QT_TR_NOOP("Starting…"), "loading": QT_TR_NOOP("Loading…"), "training": QT_TR_NOOP("Training"),
    "exporting": QT_TR_NOOP("Writing the adapter…"),
}
# A run's status (the database's) or phase (its events') as a word inside a sentence: "step 3 of 90 · training".
STATUS_TEXT = {
    "running": QT_TR_NOOP("running"), "starting": QT_TR_NOOP("starting"), "loading": QT_TR_NOOP("loading"),
    "training": QT_TR_NOOP("training"), "exporting": QT_TR_NOOP("exporting"), "completed": QT_TR_NOOP("completed"),
    "stopped": QT_TR_NOOP("stopped"), "failed": QT_TR_NOOP("failed"),
}
# The figures under the curve: their English names are the keys of RunView.fields.
FIELD_NAMES = (
    QT_TR_NOOP("Step"), QT_TR_NOOP("Train loss"), QT_TR_NOOP("Validation loss"), QT_TR_NOOP("Learning rate"),
    QT_TR_NOOP("Speed"), QT_TR_NOOP("Memory"), QT_TR_NOOP("ETA"), QT_TR_NOOP("Device"), QT_TR_NOOP("Adapter"),
)


def phase_text(phase: str) -> str:
    return translated(PHASE_TEXT.get(phase, phase))


def status_text(status: str) -> str:
    return translated(STATUS_TEXT.get(status, status))


def run_label(run: TrainingRun, state: RunState | None) -> str:
    """A run in the list: its name, and where it stands (live from its events while the app follows it)."""
    if state is None:
        return tr("{name} — {status}, step {step}").format(name=run.name, status=status_text(run.status), step=run.step)
    total = state.total_steps or run.total_steps
    where = (tr("step {step} of {total}").format(step=state.step, total=total) if total
             else tr("step {step}").format(step=state.step))
    return tr("{name} — {phase}, {where}").format(name=run.name, phase=status_text(state.phase), where=where)


def loss_change(state: RunState) -> str:
    """The validation loss before training and now, each with its perplexity."""
    before, after = state.val_loss_before, state.val_loss_after
    if before is None:
        return "—"
    text = _loss(before)
    if after is not None and state.step > 0:
        text += " → " + _loss(after)
    return text


def _loss(loss: float) -> str:
    return tr("{loss} (perplexity {perplexity})").format(loss=number_text(loss, 4),
                                                         perplexity=number_text(perplexity(loss) or 0.0, 2))


def line_error_text(error: LineError) -> str:
    """A bad line of the training data, in the user's language: "line 3: invalid JSON (…)"."""
    return tr("line {line}: {message}").format(line=error.line, message=error.text(translated(error.template)))
