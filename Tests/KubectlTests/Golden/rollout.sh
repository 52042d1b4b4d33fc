kubectl create deployment web --image=nginx:1.26 --replicas=3
kubectl rollout status deployment/web
kubectl set image deployment/web nginx=nginx:1.27
kubectl rollout status deployment/web
kubectl get rs
kubectl rollout history deployment/web
kubectl set image deployment/web nginx=nginx:9.9
kubectl get pods
kubectl get pods
kubectl describe pods | grep -A3 'State:' | head -8
kubectl rollout undo deployment/web
kubectl rollout status deployment/web
kubectl get deploy web -o wide
kubectl set image deployment/web web=nginx
