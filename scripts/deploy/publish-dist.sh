#!/usr/bin/env bash
# 把构建好的 dist/ 用 rsync 传到服务器。三个平台的自动发布都调用它;需要的密钥见 docs/deploy.md。
# 没有配置 DEPLOY_HOST 时只说明一句就结束:网站已构建,没有发布。
set -euo pipefail

if [ -z "${DEPLOY_HOST:-}" ]; then
  echo "没有配置 DEPLOY_HOST 等密钥:网站已构建,但没有发布。配置方法见 docs/deploy.md。"
  exit 0
fi
: "${DEPLOY_USER:?没有配置 DEPLOY_USER}" "${DEPLOY_PATH:?没有配置 DEPLOY_PATH}"
: "${DEPLOY_SSH_KEY:?没有配置 DEPLOY_SSH_KEY}" "${DEPLOY_KNOWN_HOSTS:?没有配置 DEPLOY_KNOWN_HOSTS}"

if ! command -v rsync >/dev/null 2>&1; then
  # 有的 CI 镜像不带 rsync(GitLab 的 node 镜像、Gitea 的 runner 镜像)。
  apt-get update -qq && apt-get install -y -qq rsync openssh-client >/dev/null
fi

install -m 700 -d ~/.ssh
printf '%s\n' "$DEPLOY_SSH_KEY" > ~/.ssh/deploy_key
chmod 600 ~/.ssh/deploy_key
printf '%s\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts
ssh_command="ssh -i $HOME/.ssh/deploy_key"
# 先传页面和跳转文件,再删去服务器上多余的旧文件:发布过程中读者不会遇到缺页。
rsync -rlz --checksum -e "$ssh_command" dist/ "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH/"
rsync -rlz --checksum --delete -e "$ssh_command" dist/ "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH/"
echo "已发布到 $DEPLOY_HOST:$DEPLOY_PATH。"
