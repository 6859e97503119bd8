/**
 * Operator traits and `Ordering`, as std defines them. A binary operator on a type that is not
 * a primitive calls its impl of these traits. (std's traits default `Rhs` to `Self`; an impl
 * that names no `Rhs` gets `Self`, see TypeContext.)
 */
const BINARY = ['Add:add', 'Sub:sub', 'Mul:mul', 'Div:div', 'Rem:rem', 'BitAnd:bitand', 'BitOr:bitor', 'BitXor:bitxor', 'Shl:shl', 'Shr:shr'];

const binaryTraits = BINARY.map((pair) => {
  const [name, method] = pair.split(':') as [string, string];
  return `pub trait ${name}<Rhs> {
    type Output;
    fn ${method}(self, rhs: Rhs) -> Self::Output;
}

pub trait ${name}Assign<Rhs> {
    fn ${method}_assign(&mut self, rhs: Rhs);
}
`;
}).join('\n');

export const PRELUDE_OPS_SOURCE = `
${binaryTraits}

pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}

pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

pub trait Index<Idx> {
    type Output;
    fn index(&self, index: Idx) -> &Self::Output;
}

pub trait IndexMut<Idx>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn is_lt(self) -> bool {
        match self {
            Ordering::Less => true,
            _ => false,
        }
    }

    pub fn is_gt(self) -> bool {
        match self {
            Ordering::Greater => true,
            _ => false,
        }
    }

    pub fn is_eq(self) -> bool {
        match self {
            Ordering::Equal => true,
            _ => false,
        }
    }

    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }

    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }
}

fn __std_cmp_max<T: Ord>(v1: T, v2: T) -> T {
    v1.max(v2)
}

fn __std_cmp_min<T: Ord>(v1: T, v2: T) -> T {
    v1.min(v2)
}

fn __std_mem_swap<T>(x: &mut T, y: &mut T) {
    __intrinsic_swap::<T>(x, y)
}

fn __std_mem_replace<T>(dest: &mut T, src: T) -> T {
    let mut src = src;
    __intrinsic_swap::<T>(dest, &mut src);
    src
}

fn __std_mem_take<T: Default>(dest: &mut T) -> T {
    __std_mem_replace(dest, Default::default())
}

fn __intrinsic_swap<T>(x: &mut T, y: &mut T) { unreachable!() }

/** \`partial_cmp\` from what \`__intrinsic_cmp\` returns: 2 means unordered (a NaN). */
fn __partial_ordering(c: i8) -> Option<Ordering> {
    if c == 2 {
        None
    } else {
        Some(__ordering(c))
    }
}

/** The \`Ordering\` for what \`__intrinsic_cmp\` returns (-1, 0, 1). */
fn __ordering(c: i8) -> Ordering {
    if c < 0 {
        Ordering::Less
    } else if c == 0 {
        Ordering::Equal
    } else {
        Ordering::Greater
    }
}
`;

/** \`String + &str\`, as std's \`impl Add<&str> for String\`: appends to the left operand's buffer. */
export const PRELUDE_STRING_OPS_SOURCE = `
impl Add<&str> for String {
    type Output = String;

    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}
`;
