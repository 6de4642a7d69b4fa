//! Memoised parts of a widget's view (issue 14: a keystroke re-renders what changed, not the
//! whole form). [`memo`] wraps a part in a component whose properties are equal when the data
//! the part shows is: Yew then neither builds nor diffs it again. The part renders from the
//! state of the render that made it (`Rc<S>`, a snapshot) with the app's scope, so its callbacks
//! send the same messages as before.
//!
//! Size: the component is generic over the widget's state only; the data is compared through one
//! small function per data type (`eq_any::<K>`), not a component per type (a component per type
//! cost ~1 KB of wasm each).

use std::any::Any;
use std::rc::Rc;

use yew::html::Scope;
use yew::prelude::*;

use crate::element::{App, View};

/// How a memoised part renders: from the state snapshot and the app's scope.
pub type Render<S> = fn(&Rc<S>, &Scope<App<S>>) -> Html;

/// Compares two data values of the same type (false when the types differ).
type EqAny = fn(&dyn Any, &dyn Any) -> bool;

/// A memoised part: `data` is what it shows (compared with `eq`), `state` the snapshot it renders
/// from (not compared: it changes with every edit).
#[derive(Properties)]
pub struct MemoProps<S: View + 'static> {
    pub data: Rc<dyn Any>,
    pub eq: EqAny,
    pub state: Rc<S>,
    pub link: Scope<App<S>>,
    pub render: Render<S>,
}

impl<S: View + 'static> PartialEq for MemoProps<S> {
    fn eq(&self, o: &Self) -> bool {
        self.render as usize == o.render as usize && (self.eq)(&*self.data, &*o.data)
    }
}

fn eq_any<K: PartialEq + 'static>(a: &dyn Any, b: &dyn Any) -> bool {
    matches!((a.downcast_ref::<K>(), b.downcast_ref::<K>()), (Some(a), Some(b)) if a == b)
}

/// The component behind [`memo`]: a struct component, not a function component – Yew compares
/// the properties of either before rendering again, and the struct one needs no hook machinery
/// (the widgets' apps are struct components: a module with no other function component saves it).
pub struct Memo<S: View + 'static>(std::marker::PhantomData<S>);

impl<S: View + 'static> Component for Memo<S> {
    type Message = ();
    type Properties = MemoProps<S>;

    fn create(_: &Context<Self>) -> Self {
        Memo(std::marker::PhantomData)
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let p = ctx.props();
        (p.render)(&p.state, &p.link)
    }
}

/// A part of the view rendered again only when `data` changed (keyed by position: put it where
/// the same part always is).
pub fn memo<S: View + 'static, K: PartialEq + 'static>(data: K, state: &Rc<S>, link: &Scope<App<S>>, render: Render<S>) -> Html {
    memo_dyn(Rc::new(data), eq_any::<K>, state, link, render)
}

fn memo_dyn<S: View + 'static>(data: Rc<dyn Any>, eq: EqAny, state: &Rc<S>, link: &Scope<App<S>>, render: Render<S>) -> Html {
    html! { <Memo<S> {data} {eq} state={state.clone()} link={link.clone()} {render} /> }
}
