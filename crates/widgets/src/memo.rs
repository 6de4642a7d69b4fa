//! Memoised parts of a widget's view (issue 14: a keystroke re-renders what changed, not the
//! whole form). [`memo`] wraps a part in a component whose properties are equal when the data
//! the part shows is: Yew then neither builds nor diffs it again. The part renders from the
//! state of the render that made it (`Rc<S>`, a snapshot) with the app's scope, so its callbacks
//! send the same messages as before.

use std::rc::Rc;

use yew::html::Scope;
use yew::prelude::*;

use crate::element::{App, View};

/// How a memoised part renders: from the state snapshot and the app's scope.
pub type Render<S> = fn(&Rc<S>, &Scope<App<S>>) -> Html;

/// A memoised part: `data` is what it shows (compared), `state` the snapshot it renders from (not
/// compared: it changes with every edit).
#[derive(Properties)]
pub struct MemoProps<S: View + 'static, K: PartialEq + 'static> {
    pub data: K,
    pub state: Rc<S>,
    pub link: Scope<App<S>>,
    pub render: Render<S>,
}

impl<S: View + 'static, K: PartialEq + 'static> PartialEq for MemoProps<S, K> {
    fn eq(&self, o: &Self) -> bool {
        self.data == o.data && self.render as usize == o.render as usize
    }
}

/// The component behind [`memo`].
#[function_component(Memo)]
pub fn memo_part<S: View + 'static, K: PartialEq + 'static>(p: &MemoProps<S, K>) -> Html {
    (p.render)(&p.state, &p.link)
}

/// A part of the view rendered again only when `data` changed (keyed by position: put it where
/// the same part always is).
pub fn memo<S: View + 'static, K: PartialEq + 'static>(data: K, state: &Rc<S>, link: &Scope<App<S>>, render: Render<S>) -> Html {
    html! { <Memo<S, K> {data} state={state.clone()} link={link.clone()} {render} /> }
}
