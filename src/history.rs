//! Load stage, second source: the git history of `content/`, read with gix
//! (no `git` binary). Each commit that changed `content/` becomes a
//! [`ContentCommit`] listing the files it changed with their text before and
//! after, oldest first. Merges are walked along their first parent, as the
//! history a site was published from.

use std::collections::BTreeMap;
use std::path::Path;

use gix::bstr::ByteSlice;
use gix::ObjectId;

use crate::content::CONTENT_DIR;

/// One file a commit changed, under `content/` (`fees/x.md`).
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Path before the commit (`None` when the commit added the file).
    pub old_path: Option<String>,
    /// Path after the commit (`None` when the commit removed the file).
    pub new_path: Option<String>,
    /// Text before.
    pub before: Option<String>,
    /// Text after.
    pub after: Option<String>,
}

/// A commit that changed `content/`.
#[derive(Debug, Clone)]
pub struct ContentCommit {
    /// Full hex id.
    pub id: String,
    /// Committer time, seconds since the epoch (UTC).
    pub seconds: i64,
    /// The Markdown files it added, changed, removed or renamed.
    pub files: Vec<FileChange>,
}

/// The history of `content/`, oldest commit first.
#[derive(Debug, Clone, Default)]
pub struct ContentHistory {
    /// Commits that changed `content/`, oldest first.
    pub commits: Vec<ContentCommit>,
    /// Whether the site is in a git repository at all.
    pub tracked: bool,
    /// Whether the history ends at a shallow clone's boundary rather than at
    /// the first commit: what came before is unknown, so nothing is
    /// reported as added by the boundary commit.
    pub shallow: bool,
}

impl ContentHistory {
    /// Committer time of the newest commit that changed `content/`.
    pub fn newest_seconds(&self) -> Option<i64> {
        self.commits.last().map(|c| c.seconds)
    }
}

/// Reads up to `limit` commits of the history of `root/content`, following
/// first parents from HEAD. A site outside git, or a repository that cannot
/// be read, has an empty history; the reason comes back for a warning.
pub fn read(root: &Path, limit: usize) -> (ContentHistory, Option<String>) {
    match read_repository(root, limit) {
        Ok(history) => (history, None),
        Err(Skip::NotARepository) => (ContentHistory::default(), None),
        Err(Skip::Unreadable(why)) => (
            ContentHistory {
                commits: Vec::new(),
                tracked: true,
                shallow: false,
            },
            Some(why),
        ),
    }
}

enum Skip {
    NotARepository,
    Unreadable(String),
}

fn unreadable(e: impl std::fmt::Display) -> Skip {
    Skip::Unreadable(e.to_string())
}

/// The repository that holds the site at `root`, and the path of
/// `content/` inside it (`site/content` when the site is a subfolder).
fn open_repository(root: &Path) -> Result<(gix::Repository, String), Skip> {
    let root = root.canonicalize().map_err(|_| Skip::NotARepository)?;
    let repo = gix::discover(&root).map_err(|_| Skip::NotARepository)?;
    let Some(workdir) = repo.workdir().and_then(|w| w.canonicalize().ok()) else {
        return Err(Skip::NotARepository);
    };
    let Ok(inside) = root
        .join(CONTENT_DIR)
        .strip_prefix(&workdir)
        .map(Path::to_path_buf)
    else {
        return Err(Skip::NotARepository);
    };
    let content_path = inside
        .iter()
        .map(|c| c.to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Ok((repo, content_path))
}

fn read_repository(root: &Path, limit: usize) -> Result<ContentHistory, Skip> {
    let (repo, content_path) = open_repository(root)?;
    let mut head = match repo.head_commit() {
        Ok(c) => c,
        // A repository with no commit yet: nothing to read.
        Err(_) => {
            return Ok(ContentHistory {
                commits: Vec::new(),
                tracked: true,
                shallow: false,
            })
        }
    };
    let reader = TreeReader { repo: &repo };
    // Walk back along first parents, keeping commits whose content tree
    // differs from their parent's.
    let mut newest_first: Vec<(ObjectId, i64, Option<ObjectId>, Option<ObjectId>)> = Vec::new();
    let mut tree = reader.content_tree(&head, &content_path)?;
    let mut shallow = false;
    loop {
        let time = head.time().map_err(unreadable)?.seconds;
        let parent = head.parent_ids().next().map(|id| id.detach());
        // A shallow clone ends where its parents are missing: the boundary
        // commit is not compared with an empty tree, which would report
        // every file as new on the day of the clone's oldest commit.
        let parent_commit = parent.and_then(|p| repo.find_commit(p).ok());
        if parent.is_some() && parent_commit.is_none() {
            shallow = true;
            break;
        }
        let parent_tree = match &parent_commit {
            Some(p) => reader.content_tree(p, &content_path)?,
            None => None,
        };
        if tree != parent_tree {
            newest_first.push((head.id, time, parent_tree, tree));
            if newest_first.len() >= limit {
                break;
            }
        }
        match parent_commit {
            // The parent's tree is the next commit's own: looked up once.
            Some(p) => {
                head = p;
                tree = parent_tree;
            }
            None => break,
        }
    }
    let mut commits = Vec::with_capacity(newest_first.len());
    for (id, seconds, before, after) in newest_first.into_iter().rev() {
        let mut changed = Vec::new();
        reader.diff(before, after, "", &mut changed)?;
        commits.push(ContentCommit {
            id: id.to_string(),
            seconds,
            files: pair_renames(changed),
        });
    }
    Ok(ContentHistory {
        commits,
        tracked: true,
        shallow,
    })
}

struct TreeReader<'r> {
    repo: &'r gix::Repository,
}

/// A Markdown file that one side of a diff has: path, blob id and text.
struct Side {
    path: String,
    blob: ObjectId,
    text: String,
}

impl TreeReader<'_> {
    fn content_tree(&self, commit: &gix::Commit<'_>, path: &str) -> Result<Option<ObjectId>, Skip> {
        let tree = commit.tree().map_err(unreadable)?;
        if path.is_empty() {
            return Ok(Some(tree.id));
        }
        let entry = tree.lookup_entry_by_path(path).map_err(unreadable)?;
        Ok(entry.filter(|e| e.mode().is_tree()).map(|e| e.object_id()))
    }

    /// Entries of a tree by name: (is a tree, id).
    fn entries(&self, tree: Option<ObjectId>) -> Result<BTreeMap<String, (bool, ObjectId)>, Skip> {
        let mut out = BTreeMap::new();
        let Some(id) = tree else {
            return Ok(out);
        };
        let tree = self.repo.find_tree(id).map_err(unreadable)?;
        for entry in tree.iter() {
            let entry = entry.map_err(unreadable)?;
            let name = entry.filename().to_str_lossy().into_owned();
            out.insert(name, (entry.mode().is_tree(), entry.oid().to_owned()));
        }
        Ok(out)
    }

    fn text(&self, blob: ObjectId) -> Result<String, Skip> {
        let blob = self.repo.find_blob(blob).map_err(unreadable)?;
        Ok(String::from_utf8_lossy(&blob.data).into_owned())
    }

    /// Every Markdown file that differs between two trees, as (before, after).
    fn diff(
        &self,
        before: Option<ObjectId>,
        after: Option<ObjectId>,
        prefix: &str,
        out: &mut Vec<(Option<Side>, Option<Side>)>,
    ) -> Result<(), Skip> {
        if before == after {
            return Ok(());
        }
        let old = self.entries(before)?;
        let new = self.entries(after)?;
        let names: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
        for name in names {
            if name.starts_with('.') {
                continue;
            }
            let path = format!("{prefix}{name}");
            let (a, b) = (old.get(name), new.get(name));
            if a == b {
                continue;
            }
            let tree_of = |e: Option<&(bool, ObjectId)>| e.filter(|e| e.0).map(|e| e.1);
            if tree_of(a).is_some() || tree_of(b).is_some() {
                self.diff(tree_of(a), tree_of(b), &format!("{path}/"), out)?;
            }
            if !name.ends_with(".md") {
                continue;
            }
            let side = |e: Option<&(bool, ObjectId)>| -> Result<Option<Side>, Skip> {
                match e.filter(|e| !e.0) {
                    Some(&(_, blob)) => Ok(Some(Side {
                        path: path.clone(),
                        blob,
                        text: self.text(blob)?,
                    })),
                    None => Ok(None),
                }
            };
            let (a, b) = (side(a)?, side(b)?);
            if a.is_some() || b.is_some() {
                out.push((a, b));
            }
        }
        Ok(())
    }
}

/// Pairs a removed file with an added one when it was moved: the same text,
/// or the same file name in another folder. The rest stay as they are.
fn pair_renames(changed: Vec<(Option<Side>, Option<Side>)>) -> Vec<FileChange> {
    let mut removed: Vec<Side> = Vec::new();
    let mut added: Vec<Side> = Vec::new();
    let mut files = Vec::new();
    for pair in changed {
        match pair {
            (Some(a), Some(b)) => files.push(FileChange {
                old_path: Some(a.path),
                new_path: Some(b.path),
                before: Some(a.text),
                after: Some(b.text),
            }),
            (Some(a), None) => removed.push(a),
            (None, Some(b)) => added.push(b),
            (None, None) => {}
        }
    }
    let file_name = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
    for a in removed {
        let same = added.iter().position(|b| b.blob == a.blob).or_else(|| {
            added
                .iter()
                .position(|b| file_name(&b.path) == file_name(&a.path))
        });
        let b = same.map(|i| added.remove(i));
        files.push(FileChange {
            old_path: Some(a.path),
            new_path: b.as_ref().map(|b| b.path.clone()),
            before: Some(a.text),
            after: b.map(|b| b.text),
        });
    }
    for b in added {
        files.push(FileChange {
            old_path: None,
            new_path: Some(b.path),
            before: None,
            after: Some(b.text),
        });
    }
    files.sort_by(|x, y| {
        (x.new_path.as_ref().or(x.old_path.as_ref()))
            .cmp(&y.new_path.as_ref().or(y.old_path.as_ref()))
    });
    files
}
