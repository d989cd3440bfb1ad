#!/usr/bin/env bash
# 构建之后:把这次新记下的网址(网址清单 content/urls.*)提交回仓库,供以后的构建核对“发布过的网址不能失效”。
# 三个平台的自动发布(.github/、.gitea/ 的 workflows 和 .gitlab-ci.yml)都调用它;用法见 docs/deploy.md。
#
#   bash scripts/deploy/record-urls.sh 分支名
#
# 推送前先取回别人这期间的提交(git pull --rebase):网址清单在 .gitattributes 里是 merge=union,
# 两边各加的网址都会保留,不会冲突。推送被抢先时重试几次。
set -euo pipefail

branch="${1:?用法:record-urls.sh 分支名}"
remote="${DEPLOY_REMOTE:-origin}"
# 两次重试之间等待的秒数(第 n 次等 n 倍)。
wait_seconds="${DEPLOY_RETRY_SECONDS:-3}"

if [ -z "$(git status --porcelain -- 'content/urls.*')" ]; then
  echo "没有新网址。"
  exit 0
fi

git config user.name >/dev/null || git config user.name "jinguo-bot"
git config user.email >/dev/null || git config user.email "jinguo-bot@localhost"
git add --all -- 'content/urls.*'
# [skip ci]:这个提交只记网址,页面已经按它建好了,不必再构建一次。
git commit --quiet -m "记录新发布的网址 [skip ci]"

for attempt in 1 2 3 4 5; do
  if git pull --rebase --quiet "$remote" "$branch" && git push --quiet "$remote" "HEAD:$branch"; then
    echo "已把新网址提交到 $branch。"
    exit 0
  fi
  echo "推送没有成功(第 $attempt 次),稍后重试。"
  sleep $((attempt * wait_seconds))
done
echo "没能把新网址提交回仓库:请检查机器人账号能否推送到 $branch(见 docs/deploy.md)。网站这次没有发布。" >&2
exit 1
