//! Moving through the shown list: keys, pages, the wheel and clicks.

use super::{LIST_TOP, Session};
use crate::app::action::Action;

impl Session {
    /// `j k g G`, pages and the wheel in the shown list.
    pub(super) fn move_selection(&mut self, action: Action) {
        let page = isize::try_from(self.list_height()).unwrap_or(1);
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        match action {
            Action::Down => list.step(1),
            Action::Up => list.step(-1),
            Action::HalfPageDown => list.step((page / 2).max(1)),
            Action::HalfPageUp => list.step(-(page / 2).max(1)),
            Action::PageDown => list.step(page),
            Action::PageUp => list.step(-page),
            Action::Top => list.jump(false),
            Action::Bottom => list.jump(true),
            Action::Wheel { down, .. } => list.step(if down { 3 } else { -3 }),
            _ => {}
        }
    }

    /// Leaves the shown list for the one under it (a folder's feed back to the folder).
    pub(super) fn back(&mut self) {
        self.lists.pop();
        self.loading = None;
    }

    /// A click on screen row `row`: selects the row under it; on the selected row, opens it.
    pub(super) fn click(&mut self, row: u16) {
        let height = self.list_height();
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        let Some(on_screen) = row.checked_sub(LIST_TOP).map(usize::from) else {
            return;
        };
        let index = list.cursor.offset + on_screen;
        if on_screen >= height || index >= list.rows.len() {
            return;
        }
        if index == list.cursor.selected {
            self.open_selected();
        } else {
            list.cursor.selected = index;
        }
    }
}
